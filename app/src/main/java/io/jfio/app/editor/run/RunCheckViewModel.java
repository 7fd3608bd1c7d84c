package io.jfio.app.editor.run;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The confirmation shown before a job file that writes is run: the files and devices it will write,
 * and whether the user must confirm explicitly (a device, or a file outside the job file's folder), in
 * which case Run stays disabled until they do. JavaFX thread only.
 */
public final class RunCheckViewModel {

    private final List<WriteTarget> targets;
    private final BooleanProperty confirmed = new SimpleBooleanProperty(this, "confirmed");
    private final BooleanBinding canRun;

    public RunCheckViewModel(List<WriteTarget> targets) {
        this.targets = List.copyOf(targets);
        boolean explicit = needsExplicitConfirmation();
        canRun = Bindings.createBooleanBinding(() -> !explicit || confirmed.get(), confirmed);
    }

    /** What the job file writes, in order. */
    public List<WriteTarget> targets() {
        return targets;
    }

    /** True when nothing is written, so no confirmation is needed at all. */
    public boolean writesNothing() {
        return targets.isEmpty();
    }

    /** True when some target is a device or outside the job file's folder. */
    public boolean needsExplicitConfirmation() {
        return targets.stream().anyMatch(WriteTarget::needsConfirmation);
    }

    /** The user's explicit "yes, write these" (the check box). */
    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    /** True when the Run button may be pressed. */
    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** The sentence above the list. */
    public String headline() {
        long devices = targets.stream().filter(target -> target.kind() == TargetKind.BLOCK_DEVICE).count();
        String count = targets.size() == 1 ? "1 file or device" : targets.size() + " files or devices";
        String text = "Running this job file writes to " + count + ".";
        if (devices > 0) {
            text += " " + (devices == 1 ? "One is a block device" : devices + " are block devices")
                    + ": data on it is destroyed.";
        }
        return text;
    }

    /** The text of the explicit confirmation, naming what makes it necessary. */
    public String confirmationText() {
        boolean device = targets.stream().anyMatch(target -> target.kind().needsConfirmation());
        boolean outside = targets.stream().anyMatch(WriteTarget::outsideJobFolder);
        String what = device && outside ? "the devices and the files outside the job file's folder"
                : device ? "the devices" : "the files outside the job file's folder";
        return "I understand that " + what + " listed above will be written (data in them is lost)";
    }
}
