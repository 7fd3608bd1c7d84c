package io.jfio.engine.cli;

/**
 * Text for {@code --cmdhelp}/{@code --enghelp}, and whether the request named something that exists.
 * Immutable; any thread.
 */
record HelpText(String text, boolean ok) {
}
