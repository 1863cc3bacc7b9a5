package org.w3id.scokg.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of a reconciled table against its gold column, counted two ways: the
 * candidates the service calls certain ({@code match: true}, what OpenRefine matches on its own),
 * and the best candidate of each row (what a person accepts by clicking it).
 */
record Scores(int rows, int gold, int matched, int matchedRight, int answered, int topRight, List<String> misses) {

    static Scores of(List<String[]> table, Map<String, JsonObject> answers) {
        int gold = 0;
        int matched = 0;
        int matchedRight = 0;
        int answered = 0;
        int topRight = 0;
        List<String> misses = new java.util.ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            String expected = table.get(i)[1];
            if (!expected.isEmpty()) gold++;
            JsonArray result = answers.get("q" + i).getAsJsonArray("result");
            if (result.isEmpty()) {
                if (!expected.isEmpty()) misses.add(table.get(i)[0] + " -> nothing");
                continue;
            }
            JsonObject best = result.get(0).getAsJsonObject();
            boolean right = best.get("id").getAsString().equals(expected);
            answered++;
            if (right) topRight++;
            else misses.add(table.get(i)[0] + " -> " + best.get("id").getAsString() + " (" + best.get("score") + ")");
            for (var candidate : result) {
                JsonObject c = candidate.getAsJsonObject();
                if (!c.get("match").getAsBoolean()) continue;
                matched++;
                if (c.get("id").getAsString().equals(expected)) matchedRight++;
            }
        }
        return new Scores(table.size(), gold, matched, matchedRight, answered, topRight, List.copyOf(misses));
    }

    double matchPrecision() {
        return matched == 0 ? 1 : (double) matchedRight / matched;
    }

    double matchRecall() {
        return (double) matchedRight / gold;
    }

    double topPrecision() {
        return answered == 0 ? 1 : (double) topRight / answered;
    }

    double topRecall() {
        return (double) topRight / gold;
    }

    @Override
    public String toString() {
        return String.format("%d rows, %d with a gold answer; match:true %d (%d right): precision %.3f, recall %.3f; "
                + "best candidate given for %d rows (%d right): precision %.3f, recall %.3f; not right: %s",
                rows, gold, matched, matchedRight, matchPrecision(), matchRecall(), answered, topRight, topPrecision(), topRecall(), misses);
    }
}
