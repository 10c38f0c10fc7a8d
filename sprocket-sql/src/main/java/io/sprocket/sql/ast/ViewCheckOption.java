package io.sprocket.sql.ast;

/** A view's WITH CHECK OPTION: none, WITH LOCAL CHECK OPTION, or WITH [CASCADED] CHECK OPTION. */
public enum ViewCheckOption { NONE, LOCAL, CASCADED }
