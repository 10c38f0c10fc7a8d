package io.sprocket.engine.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SHOW PRIVILEGES: MySQL 8.0's Privilege / Context / Comment rows. The static privileges come first, in the order
 * and wording MySQL 8.0 prints them; the registered dynamic privileges follow with context "Server Admin" and an
 * empty comment, as MySQL prints them (MySQL lists those in an unspecified order; here they are sorted).
 */
public final class PrivilegeRows {
    /** One row of SHOW PRIVILEGES. */
    public record Row(String privilege, String context, String comment) {
    }

    /** The result's column names. */
    public static final List<String> COLUMNS = List.of("Privilege", "Context", "Comment");

    private static final List<Row> STATIC = List.of(
            new Row("Alter", "Tables", "To alter the table"),
            new Row("Alter routine", "Functions,Procedures", "To alter or drop stored functions/procedures"),
            new Row("Create", "Databases,Tables,Indexes", "To create new databases and tables"),
            new Row("Create routine", "Databases", "To use CREATE FUNCTION/PROCEDURE"),
            new Row("Create role", "Server Admin", "To create new roles"),
            new Row("Create temporary tables", "Databases", "To use CREATE TEMPORARY TABLE"),
            new Row("Create view", "Tables", "To create new views"),
            new Row("Create user", "Server Admin", "To create new users"),
            new Row("Delete", "Tables", "To delete existing rows"),
            new Row("Drop", "Databases,Tables", "To drop databases, tables, and views"),
            new Row("Drop role", "Server Admin", "To drop roles"),
            new Row("Event", "Server Admin", "To create, alter, drop and execute events"),
            new Row("Execute", "Functions,Procedures", "To execute stored routines"),
            new Row("File", "File access on server", "To read and write files on the server"),
            new Row("Grant option", "Databases,Tables,Functions,Procedures", "To give to other users those privileges you possess"),
            new Row("Index", "Tables", "To create or drop indexes"),
            new Row("Insert", "Tables", "To insert data into tables"),
            new Row("Lock tables", "Databases", "To use LOCK TABLES (together with SELECT privilege)"),
            new Row("Process", "Server Admin", "To view the plain text of currently executing queries"),
            new Row("Proxy", "Server Admin", "To make proxy user possible"),
            new Row("References", "Databases,Tables", "To have references on tables"),
            new Row("Reload", "Server Admin", "To reload or refresh tables, logs and privileges"),
            new Row("Replication client", "Server Admin", "To ask where the slave or master servers are"),
            new Row("Replication slave", "Server Admin", "To read binary log events from the master"),
            new Row("Select", "Tables", "To retrieve rows from table"),
            new Row("Show databases", "Server Admin", "To see all databases with SHOW DATABASES"),
            new Row("Show view", "Tables", "To see views with SHOW CREATE VIEW"),
            new Row("Shutdown", "Server Admin", "To shut down the server"),
            new Row("Super", "Server Admin", "To use KILL thread, SET GLOBAL, CHANGE MASTER, etc."),
            new Row("Trigger", "Tables", "To use triggers"),
            new Row("Create tablespace", "Server Admin", "To create/alter/drop tablespaces"),
            new Row("Update", "Tables", "To update existing rows"),
            new Row("Usage", "Server Admin", "No privileges - allow connect only"));

    private static final List<Row> ALL;

    static {
        List<Row> rows = new ArrayList<>(STATIC);
        for (String d : DynamicPrivileges.all()) rows.add(new Row(d, "Server Admin", ""));
        ALL = Collections.unmodifiableList(rows);
    }

    private PrivilegeRows() {
    }

    /** Every row: the 33 static privileges, then the dynamic ones. */
    public static List<Row> rows() {
        return ALL;
    }

    /** The static privileges' rows only. */
    public static List<Row> staticRows() {
        return STATIC;
    }
}
