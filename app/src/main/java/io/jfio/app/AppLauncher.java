package io.jfio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;

/**
 * Entry point of {@code ./jfio --gui [jobfile]}: checks that a window can open, then starts
 * {@link JfioApplication} (or, with {@code --run}, {@link io.jfio.app.main.AutomatedRun}). A separate class from the Application so the preflight runs before JavaFX
 * loads its native toolkit. Main thread only.
 */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void main(String[] args) {
        boolean headless = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        Optional<String> problem = GuiPreflight.problem(System.getenv(), headless);
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(1);
        }
        if (List.of(args).contains("--run")) {
            // Automation (benchmarks, scripted runs): the same window, run and quit by the arguments.
            io.jfio.app.main.AutomatedRun.main(args);
            return;
        }
        List<String> appArgs = new ArrayList<>();
        for (String arg : args) {
            if (!arg.equals("--gui")) {
                appArgs.add(arg);
            }
        }
        if (appArgs.size() > 1 || (appArgs.size() == 1 && appArgs.get(0).startsWith("-"))) {
            System.err.println("jfio: usage: jfio --gui [jobfile]");
            System.exit(2);
        }
        Application.launch(JfioApplication.class, appArgs.toArray(String[]::new));
    }
}
