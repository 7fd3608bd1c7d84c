package io.jfio.app.editor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunCheckViewModelTest {

    private static final WriteTarget INSIDE = new WriteTarget(Path.of("/jobs/a"), TargetKind.MISSING, false, false,
            List.of("a"));
    private static final WriteTarget DISK = new WriteTarget(Path.of("/dev/sdb"), TargetKind.BLOCK_DEVICE, false, true,
            List.of("b"));

    @Test
    void filesInTheJobFolderNeedNoExplicitConfirmation() {
        RunCheckViewModel check = new RunCheckViewModel(List.of(INSIDE));
        assertFalse(check.needsExplicitConfirmation());
        assertTrue(check.canRunProperty().get());
        assertEquals("Running this job file writes to 1 file or device.", check.headline());
    }

    @Test
    void aBlockDeviceKeepsRunDisabledUntilConfirmed() {
        RunCheckViewModel check = new RunCheckViewModel(List.of(INSIDE, DISK));
        assertTrue(check.needsExplicitConfirmation());
        assertFalse(check.canRunProperty().get());
        check.confirmedProperty().set(true);
        assertTrue(check.canRunProperty().get());
        assertEquals("Running this job file writes to 2 files or devices. One is a block device: data on it is destroyed.",
                check.headline());
        assertEquals("I understand that the devices and the files outside the job file's folder listed above will be"
                + " written (data in them is lost)", check.confirmationText());
    }
}
