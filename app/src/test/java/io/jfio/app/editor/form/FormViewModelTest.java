package io.jfio.app.editor.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jfio.app.editor.FakeDialogs;
import io.jfio.app.editor.JobEditorViewModel;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.settings.RecentFiles;
import io.jfio.app.task.SameThreadTaskExecutor;
import io.jfio.model.option.Options;

import org.junit.jupiter.api.Test;

class FormViewModelTest {

    private static final String JOB = """
            ; two jobs
            [global]
            ioengine=libaio
            blocksize=4k   ; small
            direct=1

            [read]
            rw=randread
            iodepth=32

            [write]
            rw=randwrite
            bs=64k
            """;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JobEditorViewModel editor = new JobEditorViewModel(new SameThreadTaskExecutor(), dialogs,
            new RecentFiles(new MemorySettings()));
    private final FormViewModel form = new FormViewModel(editor, dialogs);

    private List<String> rowNames() {
        return form.rows().stream().map(row -> row.spec().name()).toList();
    }

    @Test
    void theFirstSectionIsSelectedAndItsOptionsAreRowsInCatalogOrder() {
        editor.newFile(JOB);
        assertEquals(0, form.selectedSectionProperty().get());
        assertEquals(List.of("direct", "bs", "ioengine"), rowNames());
        OptionRow bs = form.row("bs").orElseThrow();
        assertEquals(RowState.SET, bs.getState());
        assertEquals("4k", bs.getValue());
        assertEquals("blocksize", bs.writtenKey());
    }

    @Test
    void aJobShowsGlobalOptionsAsInheritedAndItsOwnAsSet() {
        editor.newFile(JOB);
        form.selectedSectionProperty().set(2);
        OptionRow bs = form.row("bs").orElseThrow();
        assertEquals(RowState.SET, bs.getState());
        assertEquals("64k", bs.getValue());
        assertTrue(bs.originProperty().get().contains("overrides [global]'s blocksize=4k"), bs.originProperty().get());
        OptionRow engine = form.row("ioengine").orElseThrow();
        assertEquals(RowState.INHERITED, engine.getState());
        assertEquals("libaio", engine.getValue());
        assertEquals("Inherited from [global], line 3", engine.originProperty().get());
        assertTrue(form.row("direct").orElseThrow().isOn());
    }

    @Test
    void settingAValueRewritesOnlyItsLineKeepingTheComment() {
        editor.newFile(JOB);
        OptionRow bs = form.row("bs").orElseThrow();
        assertTrue(form.setValue(bs, "8k"));
        assertEquals(JOB.replace("blocksize=4k   ; small", "blocksize=8k   ; small"), editor.getText());
        assertSame(bs, form.row("bs").orElseThrow());
        assertEquals("8k", bs.getValue());
    }

    @Test
    void settingAnInheritedValueAddsOneLineToTheJob() {
        editor.newFile(JOB);
        form.selectedSectionProperty().set(1);
        assertTrue(form.setValue(form.row("ioengine").orElseThrow(), "io_uring"));
        assertEquals(JOB.replace("iodepth=32\n", "iodepth=32\nioengine=io_uring\n"), editor.getText());
        assertEquals(RowState.SET, form.row("ioengine").orElseThrow().getState());
    }

    @Test
    void checkBoxesWriteOneOrZero() {
        editor.newFile(JOB);
        assertTrue(form.setOn(form.row("direct").orElseThrow(), false));
        assertTrue(editor.getText().contains("\ndirect=0\n"));
        assertFalse(form.row("direct").orElseThrow().isOn());
    }

    @Test
    void removingAnOptionDropsItsLinesAndTheRowFallsBackToInherited() {
        editor.newFile(JOB);
        form.selectedSectionProperty().set(2);
        assertTrue(form.remove(form.row("bs").orElseThrow()));
        assertFalse(editor.getText().contains("bs=64k"));
        assertEquals(RowState.INHERITED, form.row("bs").orElseThrow().getState());
    }

    @Test
    void addingAnOptionWritesFiosDefaultAndAFlagBare() {
        editor.newFile(JOB);
        form.selectedSectionProperty().set(1);
        assertTrue(form.addOption(Options.catalog().lookup("runtime").orElseThrow()));
        assertTrue(form.addOption(Options.catalog().lookup("time_based").orElseThrow()));
        assertTrue(editor.getText().contains("iodepth=32\nruntime=0\ntime_based\n"), editor.getText());
        assertEquals("time_based", form.focusRequestProperty().get().spec().name());
    }

    @Test
    void allOptionsShowsEveryOptionTheSectionsEngineTakes() {
        editor.newFile(JOB);
        form.selectedSectionProperty().set(1);
        form.showAllOptionsProperty().set(true);
        assertTrue(form.row("hipri").isEmpty());
        assertTrue(form.row("userspace_reap").isPresent());
        assertEquals(RowState.DEFAULT, form.row("size").orElseThrow().getState());
        assertEquals("Not set; fio's default is 1", form.row("numjobs").orElseThrow().originProperty().get());
    }

    @Test
    void sectionsAreAddedRenamedDuplicatedAndRemoved() {
        editor.newFile(JOB);
        assertTrue(form.addSection("trim"));
        assertEquals(3, form.selectedSectionProperty().get());
        assertTrue(editor.getText().endsWith("bs=64k\n\n[trim]\n"));
        assertTrue(form.renameSelectedSection("discard"));
        assertTrue(editor.getText().endsWith("\n[discard]\n"));
        form.selectedSectionProperty().set(1);
        assertTrue(form.duplicateSelectedSection("read2"));
        assertEquals(2, form.selectedSectionProperty().get());
        assertTrue(editor.getText().contains("[read]\nrw=randread\niodepth=32\n\n[read2]\nrw=randread\niodepth=32\n\n[write]"),
                editor.getText());
        assertTrue(form.removeSelectedSection());
        assertFalse(editor.getText().contains("[read2]"));
        assertEquals(List.of("global", "read", "write", "discard"),
                editor.sections().stream().map(s -> s.name()).toList());
    }

    @Test
    void aGlobalSectionIsAddedBeforeTheFirstJob() {
        editor.newFile("; jobs\n[job]\nrw=read\n");
        assertTrue(form.addSection("global"));
        assertEquals("; jobs\n[global]\n\n[job]\nrw=read\n", editor.getText());
        assertEquals(0, form.selectedSectionProperty().get());
    }

    @Test
    void aBadSectionNameIsRefusedWithTheReason() {
        editor.newFile(JOB);
        assertFalse(form.renameSelectedSection("a]b"));
        assertTrue(editor.statusProperty().get().contains("without ']'"), editor.statusProperty().get());
    }

    @Test
    void helpIsTheCmdhelpBlockAfterWhereTheValueComesFrom() {
        editor.newFile(JOB);
        String help = FormViewModel.help(form.row("bs").orElseThrow());
        assertTrue(help.startsWith("Set on line 4\n\n"), help);
        assertTrue(help.contains("alias: blocksize"), help);
    }
}
