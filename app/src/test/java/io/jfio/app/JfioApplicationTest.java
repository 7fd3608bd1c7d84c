package io.jfio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.api.FxAssert.verifyThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class JfioApplicationTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new JfioApplication().start(stage);
    }

    @Test
    void mainWindowSaysTheEditorIsComing(FxRobot robot) {
        verifyThat("#placeholder", LabeledMatchers.hasText(JfioApplication.PLACEHOLDER_TEXT));
        assertEquals("jfio", stage.getTitle());
        assertEquals(JfioApplication.PLACEHOLDER_TEXT, robot.lookup("#placeholder").queryAs(Label.class).getText());
    }
}
