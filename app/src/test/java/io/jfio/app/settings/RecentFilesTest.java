package io.jfio.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final MemorySettings settings = new MemorySettings();

    @Test
    void theLastFileComesFirstWithoutDuplicates() {
        RecentFiles recent = new RecentFiles(settings);
        recent.add(Path.of("/a.fio"));
        recent.add(Path.of("/b.fio"));
        recent.add(Path.of("/a.fio"));
        assertEquals(List.of(Path.of("/a.fio"), Path.of("/b.fio")), recent.files());
    }

    @Test
    void theListSurvivesARestartAndKeepsAtMostTen() {
        RecentFiles recent = new RecentFiles(settings);
        for (int i = 0; i < 12; i++) {
            recent.add(Path.of("/job" + i + ".fio"));
        }
        RecentFiles reloaded = new RecentFiles(settings);
        assertEquals(RecentFiles.MAX, reloaded.files().size());
        assertEquals(Path.of("/job11.fio"), reloaded.files().get(0));
        assertEquals(Path.of("/job2.fio"), reloaded.files().get(9));
    }
}
