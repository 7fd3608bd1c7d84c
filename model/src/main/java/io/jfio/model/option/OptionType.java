package io.jfio.model.option;

/**
 * The value grammar of an option, as fio 3.33 parses it. Immutable; any thread.
 */
public enum OptionType {
    /** Free text stored as given (name, description, directory, log prefixes). */
    STRING,
    /** One of {@link OptionSpec#allowedValues()}; some accept a {@code :modifier} (rw=randread:8, random_distribution=zipf:1.2). */
    ENUM,
    /** Integer; accepts k/m/g suffixes and (arithmetic) like fio's integer options. */
    INT,
    /** Byte count with k/m/g/t/p (KiB/MiB/kB...) suffixes honouring kb_base; some also take N% ({@link OptionSpec#percentAllowed()}). */
    SIZE,
    /** Duration with ns/us/ms/s/m/h/d suffixes; a bare number is in {@link OptionSpec#unit()}. */
    TIME,
    /** 0 or 1 (fio also takes true/false, yes/no, on/off); needs a value. */
    BOOL,
    /** fio's "empty or boolean value": the bare key means 1, or 0/1. */
    FLAG,
    /** Floating point numbers separated by ':' (percentile_list). */
    FLOAT_LIST,
    /** One to three size ranges separated by ',' (bsrange=1k-4k,4k-8k). */
    RANGE,
    /** Size/percentage pairs per direction (bssplit=4k/50:64k/50,...). */
    SPLIT,
    /** Options fio has deprecated: accepted with a warning, no effect. */
    DEPRECATED
}
