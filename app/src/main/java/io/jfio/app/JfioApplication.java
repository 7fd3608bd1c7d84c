package io.jfio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * jfio's main window. Until the editor lands (issue 5) it shows the job file read-only and says that the
 * editor is coming. {@link #init()} runs on the JavaFX launcher thread and does the file I/O so the FX
 * thread never waits on it; {@link #start(Stage)} runs on the FX thread.
 */
public final class JfioApplication extends Application {

    static final String PLACEHOLDER_TEXT = "The jfio job editor is coming. Until then, run jobs with ./jfio JOBFILE.";

    private String jobFileName;
    private String jobText;

    @Override
    public void init() {
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            return;
        }
        Path path = Path.of(args.get(0));
        jobFileName = path.toString();
        try {
            jobText = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            jobText = "; cannot read " + path + ": " + e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane();
        Label placeholder = new Label(PLACEHOLDER_TEXT);
        placeholder.setId("placeholder");
        placeholder.setPadding(new Insets(12));
        root.setTop(placeholder);
        if (jobText != null) {
            TextArea text = new TextArea(jobText);
            text.setId("jobText");
            text.setEditable(false);
            text.setStyle("-fx-font-family: monospace;");
            root.setCenter(text);
        }
        stage.setTitle(jobFileName == null ? "jfio" : "jfio - " + jobFileName);
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }
}
