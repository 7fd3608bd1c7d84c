package io.jfio.app.editor.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.OptionType;
import io.jfio.model.option.Options;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The searchable list of the option catalog behind "Add option": the query matches names and aliases
 * first (exact, then prefix, then anywhere) and then the help text, so typing {@code dep} finds
 * {@code iodepth} before options that only mention depth. Deprecated options are left out. JavaFX thread
 * only.
 */
public final class OptionSearchViewModel {

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<OptionSpec> results = FXCollections.observableArrayList();
    private final ObjectProperty<OptionSpec> selected = new SimpleObjectProperty<>(this, "selected");
    private final List<OptionSpec> candidates;

    public OptionSearchViewModel() {
        candidates = Options.catalog().all().stream().filter(spec -> spec.type() != OptionType.DEPRECATED).toList();
        query.addListener((observable, old, now) -> search());
        search();
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The matching options, best first (read it, do not change it). */
    public ObservableList<OptionSpec> results() {
        return results;
    }

    /** The option the user picked (the first result until they pick another). */
    public ObjectProperty<OptionSpec> selectedProperty() {
        return selected;
    }

    /** One line describing {@code spec} for the list: name, aliases, engines and help. */
    public static String describe(OptionSpec spec) {
        StringBuilder line = new StringBuilder(spec.name());
        if (!spec.aliases().isEmpty()) {
            line.append(" (").append(String.join(", ", spec.aliases())).append(')');
        }
        if (spec.isEngineOption()) {
            line.append(" [").append(String.join(",", spec.engines())).append(']');
        }
        return line.append(" \u2014 ").append(spec.help()).toString();
    }

    private void search() {
        String text = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            OptionSpec spec = candidates.get(i);
            int score = score(spec, text);
            if (score >= 0) {
                scored.add(new Scored(spec, score, i));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparingInt(Scored::order));
        results.setAll(scored.stream().map(Scored::spec).toList());
        selected.set(results.isEmpty() ? null : results.get(0));
    }

    /** Lower is better; -1 for no match. */
    private static int score(OptionSpec spec, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int best = -1;
        List<String> names = new ArrayList<>(spec.aliases());
        names.add(0, spec.name());
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            int score = lower.equals(text) ? 0 : lower.startsWith(text) ? 1 : lower.contains(text) ? 2 : -1;
            if (score >= 0 && (best < 0 || score < best)) {
                best = score;
            }
        }
        if (best >= 0) {
            return best;
        }
        return spec.help().toLowerCase(Locale.ROOT).contains(text) ? 3 : -1;
    }

    private record Scored(OptionSpec spec, int score, int order) {
    }
}
