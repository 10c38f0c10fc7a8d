package io.sprocket.sql;

import io.sprocket.sql.ast.*;

/** Prints CREATE / ALTER / DROP EVENT as canonical SQL; the body is printed as written. */
final class EventFormatter {
    private final StringBuilder sb;
    private final ExpressionFormatter ef;

    EventFormatter(StringBuilder sb, ExpressionFormatter ef) {
        this.sb = sb;
        this.ef = ef;
    }

    void event(EventStatement s) {
        switch (s) {
            case CreateEvent x -> {
                sb.append("CREATE ");
                definer(x.definer());
                sb.append("EVENT ");
                if (x.ifNotExists()) {
                    sb.append("IF NOT EXISTS ");
                }
                ef.objectName(x.name());
                schedule(x.schedule());
                completion(x.preserve());
                status(x.status());
                comment(x.comment());
                sb.append(" DO ").append(x.bodyText());
            }
            case AlterEvent x -> {
                sb.append("ALTER ");
                if (x.definerGiven()) {
                    if (x.definer() == null) {
                        sb.append("DEFINER=CURRENT_USER ");
                    } else {
                        definer(x.definer());
                    }
                }
                sb.append("EVENT ");
                ef.objectName(x.name());
                if (x.schedule() != null) {
                    schedule(x.schedule());
                }
                completion(x.preserve());
                if (x.renameTo() != null) {
                    sb.append(" RENAME TO ");
                    ef.objectName(x.renameTo());
                }
                status(x.status());
                comment(x.comment());
                if (x.bodyText() != null) {
                    sb.append(" DO ").append(x.bodyText());
                }
            }
            case DropEvent x -> {
                sb.append("DROP EVENT ");
                if (x.ifExists()) {
                    sb.append("IF EXISTS ");
                }
                ef.objectName(x.name());
            }
        }
    }

    private void definer(AccountRef definer) {
        if (definer == null) {
            return;
        }
        sb.append("DEFINER=");
        ExpressionFormatter.identifier(sb, definer.user());
        sb.append('@');
        ExpressionFormatter.identifier(sb, definer.host());
        sb.append(' ');
    }

    private void schedule(EventSchedule s) {
        sb.append(" ON SCHEDULE ");
        if (!s.recurring()) {
            sb.append("AT ");
            ef.expression(s.at());
            return;
        }
        sb.append("EVERY ");
        ef.expression(s.every());
        sb.append(' ').append(s.unit().name());
        if (s.starts() != null) {
            sb.append(" STARTS ");
            ef.expression(s.starts());
        }
        if (s.ends() != null) {
            sb.append(" ENDS ");
            ef.expression(s.ends());
        }
    }

    private void completion(Boolean preserve) {
        if (preserve != null) {
            sb.append(preserve ? " ON COMPLETION PRESERVE" : " ON COMPLETION NOT PRESERVE");
        }
    }

    private void status(EventStatus status) {
        if (status != null) {
            sb.append(switch (status) {
                case ENABLE -> " ENABLE";
                case DISABLE -> " DISABLE";
                case DISABLE_ON_REPLICA -> " DISABLE ON SLAVE";
            });
        }
    }

    private void comment(String comment) {
        if (comment != null) {
            sb.append(" COMMENT ").append(SqlFormatter.quoteString(comment));
        }
    }
}
