package io.jfio.app.editor.showcmd;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * "Show as command line": the job file as fio's {@code --showcmd} prints it, with a Copy button that
 * puts it on the clipboard (and leaves the dialog open). JavaFX thread only.
 */
public final class CommandLineDialog extends Dialog<Void> {

    /** The button that copies the command line. */
    public static final ButtonType COPY = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);

    public CommandLineDialog(Window owner, String commandLine) {
        initOwner(owner);
        setTitle("Command line");
        setHeaderText("The job file as one fio command line (fio --showcmd)");
        TextArea text = new TextArea(commandLine.strip());
        text.setId("commandLineText");
        text.getStyleClass().add("command-line-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 160);
        getDialogPane().setId("commandLineDialog");
        getDialogPane().setContent(text);
        getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CLOSE);
        getDialogPane().lookupButton(COPY).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            copy(commandLine.strip());
            event.consume();
        });
    }

    /** Puts {@code commandLine} on the system clipboard as text. */
    public static void copy(String commandLine) {
        ClipboardContent content = new ClipboardContent();
        content.putString(commandLine);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
