package io.jfio.app.theme;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Tests' windows: a root in the light theme's stylesheet, as the application shows it. JavaFX thread. */
public final class ThemedStage {

    private ThemedStage() {
    }

    /** Shows {@code root} on {@code stage} in a scene of the given size with the light theme. */
    public static void show(Stage stage, Parent root, double widthPixels, double heightPixels) {
        Scene scene = new Scene(root, widthPixels, heightPixels);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }
}
