package io.jfio.engine.cli;

import io.jfio.model.option.CmdHelp;
import io.jfio.model.option.Options;

/**
 * {@code --cmdhelp} and {@code --enghelp}: the catalog's help texts, and whether the name asked for exists
 * (an unknown name exits non-zero, as in fio). Stateless; any thread.
 */
final class OptionHelp {

    private OptionHelp() {
    }

    static HelpText cmdHelp(String argument) {
        boolean known = argument.equals("all") || Options.catalog().lookup(argument).isPresent();
        return new HelpText(CmdHelp.cmdhelp(argument), known);
    }

    static HelpText engHelp(String argument) {
        String engine = argument.contains(",") ? argument.substring(0, argument.indexOf(',')) : argument;
        return new HelpText(CmdHelp.enghelp(argument), engine.isEmpty() || CmdHelp.isKnownEngine(engine));
    }
}
