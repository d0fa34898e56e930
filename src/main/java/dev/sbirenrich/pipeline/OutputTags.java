package dev.sbirenrich.pipeline;

import dev.sbirenrich.model.Rejection;
import org.apache.flink.util.OutputTag;

/** Side outputs shared by the pipeline's operators. */
final class OutputTags {
    static final OutputTag<Rejection> REJECTED = new OutputTag<>("rejected") {};

    private OutputTags() {}
}
