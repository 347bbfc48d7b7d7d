package ru.smolensk.registry.domain.application.importing;

import java.util.HashSet;
import java.util.Set;

/** A cheap similarity of two short texts: the Dice coefficient of their character bigrams. */
final class Similarity {

    private Similarity() {
    }

    static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> result = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            result.add(s.substring(i, i + 2));
        }
        return result;
    }
}
