package org.w3id.scokg.query.fuzz;

/**
 * One query on which the subject and the oracle disagree, with everything needed to reproduce it:
 * the seed and index that generated it, the query as generated and as minimised, how they differ,
 * both answers (to the minimised query), and, when there is one, what the third opinion answered.
 */
public record Divergence(long seed, long index, String oracleName, String subjectName, String original, String minimised, String difference,
        Outcome oracle, Outcome subject, String thirdOpinion) {

    /** The reproducer: the minimised query is printed whole, ready to paste into any SPARQL client. */
    public String report() {
        String rule = "-".repeat(72);
        StringBuilder text = new StringBuilder();
        text.append("=".repeat(72)).append('\n');
        text.append("DIVERGENCE seed ").append(seed).append(" query #").append(index).append(": ").append(subjectName).append(" vs ").append(oracleName).append('\n');
        text.append("difference (minimised query): ").append(difference).append('\n');
        text.append(rule).append("\nminimised query:\n").append(minimised.strip()).append('\n');
        text.append(rule).append('\n').append(oracleName).append(" (oracle) answered: ").append(OutcomeText.of(oracle)).append('\n');
        text.append(subjectName).append(" (subject) answered: ").append(OutcomeText.of(subject)).append('\n');
        if (thirdOpinion != null) text.append(thirdOpinion).append('\n');
        text.append(rule).append("\noriginal query (").append(original.length()).append(" characters):\n").append(shortened(original.strip())).append('\n');
        text.append(rule).append("\nregenerate: bench/fuzz.sh ").append(index + 1).append(' ').append(seed).append(" <subject> ").append(index).append('\n');
        return text.toString();
    }

    /** A query of thousands of VALUES rows printed whole would bury the report. */
    private static String shortened(String query) {
        return query.length() <= 6000 ? query : query.substring(0, 3000) + "\n... (" + (query.length() - 6000) + " characters left out) ...\n"
                + query.substring(query.length() - 3000);
    }
}
