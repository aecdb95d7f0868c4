package dk.erhvervshuse.graphql.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prometheus' text page, read into samples: a metric's name, its labels and its value. */
record Prometheus(List<Sample> samples) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    static Prometheus parse(String page) {
        List<Sample> samples = new ArrayList<>();
        for (String line : page.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line.trim());
            if (!sample.matches()) {
                throw new IllegalArgumentException("not a Prometheus sample: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
        }
        return new Prometheus(samples);
    }

    /** Whether a sample of this name carries these labels (among others). */
    boolean has(String name, String... labels) {
        return samples.stream().anyMatch(sample -> matches(sample, name, labels));
    }

    /**
     * The sum of the samples of this name that carry these labels (pairs of name and value), whatever their other
     * labels; fails when there is none.
     */
    double value(String name, String... labels) {
        if (!has(name, labels)) {
            throw new AssertionError("no sample " + name + " " + List.of(labels) + " on the page");
        }
        return sum(name, labels);
    }

    /** How much the sum grew since {@code before} (a sample not there before counts from 0). */
    double increase(String name, String first, String firstValue, Prometheus before) {
        return value(name, first, firstValue) - before.sum(name, first, firstValue);
    }

    double increase(String name, String first, String firstValue, String second, String secondValue,
                    Prometheus before) {
        return value(name, first, firstValue, second, secondValue)
                - before.sum(name, first, firstValue, second, secondValue);
    }

    private double sum(String name, String... labels) {
        return samples.stream().filter(sample -> matches(sample, name, labels)).mapToDouble(Sample::value).sum();
    }

    private static boolean matches(Sample sample, String name, String... labels) {
        if (!sample.name().equals(name)) {
            return false;
        }
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
