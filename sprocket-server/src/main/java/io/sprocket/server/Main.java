package io.sprocket.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bin/sprocket} launcher: {@code sprocket server [options]}. */
@Command(name = "sprocket", mixinStandardHelpOptions = true, version = "sprocket " + ServerConfig.SERVER_VERSION,
        description = "A MySQL-compatible database server.",
        subcommands = {ServerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = new CommandLine(new Main()).execute(args);
        if (exit != 0 || args.length == 0 || !"server".equals(args[0])) System.exit(exit);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
