package io.sprocket.sql.ast;

/** COMMIT/ROLLBACK AND [NO] CHAIN / [NO] RELEASE: DEFAULT when not written (completion_type decides), YES for CHAIN/RELEASE, NO for NO CHAIN/NO RELEASE. */
public enum CompletionOption {
    DEFAULT, YES, NO
}
