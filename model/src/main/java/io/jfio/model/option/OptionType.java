package io.jfio.model.option;

/**
 * The value grammar of an option, as fio 3.33 parses it. Immutable; any thread.
 */
public enum OptionType {
    /** Free text stored as given (name, description, directory, log prefixes). */
    STRING("string"),
    /** One of {@link OptionSpec#allowedValues()}; some accept a {@code :modifier} (rw=randread:8, random_distribution=zipf:1.2). */
    ENUM("one of the valid values"),
    /** Integer; accepts k/m/g suffixes and (arithmetic) like fio's integer options. */
    INT("integer (k/m/g suffixes allowed)"),
    /** Byte count with k/m/g/t/p (KiB/MiB/kB...) suffixes honouring kb_base; some also take N% ({@link OptionSpec#percentAllowed()}). */
    SIZE("size in bytes (k/m/g/t/p suffixes, read per kb_base)"),
    /** Duration with ns/us/ms/s/m/h/d suffixes; a bare number is in {@link OptionSpec#unit()}. */
    TIME("time (ns/us/ms/s/m/h/d suffixes)"),
    /** 0 or 1 (fio also takes true/false, yes/no, on/off); needs a value. */
    BOOL("boolean (0 or 1)"),
    /** fio's "empty or boolean value": the bare key means 1, or 0/1. */
    FLAG("empty or boolean (the bare name means 1)"),
    /** Floating point numbers separated by ':' (percentile_list). */
    FLOAT_LIST("floating point values separated by ':'"),
    /** One to three size ranges separated by ',' (bsrange=1k-4k,4k-8k). */
    RANGE("one to three ranges (1k-4k[,4k-8k[,1k-8k]])"),
    /** Size/percentage pairs per direction (bssplit=4k/50:64k/50,...). */
    SPLIT("size/percentage pairs (4k/50:64k/50[,...])"),
    /**
     * Options fio has deprecated. {@link OptionSpec#status()} says what happens: IGNORED ones fio 3.33 accepts
     * with a warning and no effect; NOT_IMPLEMENTED ones (percentage_sequential, rwmixcycle) fio 3.33 warns
     * about and then fails the job, and so does jfio.
     */
    DEPRECATED("deprecated");

    private final String description;

    OptionType(String description) {
        this.description = description;
    }

    /** A short description of the grammar for help texts, like fio's "type:" line. */
    public String description() {
        return description;
    }
}
