package com.perfdash.warehouse;

import com.perfdash.base.db.ReadOnlyNode;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The warehouse export without the page: when the app is started with {@code --warehouse.export} it
 * exports the database it opened (PERFDASH_DB) to the warehouse folder (PERFDASH_WAREHOUSE), prints what
 * it wrote and exits (0 = exported, 1 = failed). Like the headless import it listens only on a free
 * loopback port while it runs; DuckDB lets one process open the database file, so stop the running app
 * first (or export from its admin page).
 */
@Component
public class WarehouseCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String OPTION = "warehouse.export";

    private final WarehouseService warehouse;
    private int exitCode;

    public WarehouseCommand(WarehouseService warehouse) {
        this.warehouse = warehouse;
    }

    /** Whether the app was started to run this command. */
    public static boolean requested(String... args) {
        for (String a : args) {
            if (a.equals("--" + OPTION) || a.startsWith("--" + OPTION + "=")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            exitCode = execute(args.containsOption("warehouse.user") && !args.getOptionValues("warehouse.user").isEmpty()
                    ? args.getOptionValues("warehouse.user").get(0) : "system", System.out);
        }
    }

    int execute(String user, PrintStream out) {
        out.println("Exporting the warehouse to " + warehouse.location() + " …");
        try {
            WarehouseManifest m = warehouse.export(user);
            for (WarehouseTableInfo t : m.tables()) {
                out.printf("  %-18s %,12d rows%s%n", t.table(), t.rows(), t.partitioned() ? "  (by fiscal_year)" : "");
            }
            out.println("Done: " + warehouse.location());
            return 0;
        } catch (WarehouseException | ReadOnlyNode.ReadOnlyNodeException e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
