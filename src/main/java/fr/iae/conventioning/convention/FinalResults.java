package fr.iae.conventioning.convention;

import java.util.Optional;

/** The convention's final results as stage 4 recorded them, for the renewal; answered by the follow-up stage. */
public interface FinalResults {

  Optional<FinalResult> of(Long conventionId);

  /**
   * @param progress the final report's figures against the objectives (Markdown)
   * @param sharedAnalysis the State service's and the structure's shared analysis, or null
   */
  record FinalResult(String progress, String sharedAnalysis) {}
}
