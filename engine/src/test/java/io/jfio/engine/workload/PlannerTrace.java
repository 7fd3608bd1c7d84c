package io.jfio.engine.workload;

import java.util.ArrayList;
import java.util.List;

/** Runs an {@link IoPlanner} to DONE and writes its steps in the golden iologs' form. Test helper. */
final class PlannerTrace {
    private PlannerTrace() {
    }

    /** Steps as "file op offset length" (syncs as "file sync"/"file datasync"), LOOP_END as "loop-end". */
    static List<String> run(IoPlanner planner, int stepLimit) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < stepLimit; i++) {
            int step = planner.next();
            switch (step) {
                case IoPlanner.IO:
                    steps.add(planner.fileIndex() + " " + planner.direction().name().toLowerCase(java.util.Locale.ROOT)
                            + " " + planner.offsetBytes() + " " + planner.lengthBytes());
                    break;
                case IoPlanner.SYNC:
                    steps.add(planner.fileIndex() + (planner.isDataSync() ? " datasync" : " sync"));
                    break;
                case IoPlanner.LOOP_END:
                    steps.add("loop-end");
                    break;
                default:
                    return steps;
            }
        }
        throw new AssertionError("planner did not finish within " + stepLimit + " steps");
    }

    /** The same without loop ends, to compare with an iolog. */
    static List<String> ioSteps(IoPlanner planner, int stepLimit) {
        List<String> steps = run(planner, stepLimit);
        steps.removeIf("loop-end"::equals);
        return steps;
    }
}
