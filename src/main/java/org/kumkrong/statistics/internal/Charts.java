package org.kumkrong.statistics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Charts drawn on the server as SVG (they work without JavaScript; the table beside each is the accessible form
 * of the same figures). Only published values are drawn: a withheld or small figure has no bar, so a chart never
 * shows more than its table.
 */
public final class Charts {

	private Charts() {
	}

	/** A chart: its view box and bars (each with its label and the text of its value). */
	public record Chart(String viewBox, List<Bar> bars, List<Tick> ticks) {
	}

	/** One bar; {@code drawn} is false when its figure is not published. */
	public record Bar(String label, String value, double x, double y, double width, double height, double labelX,
			double labelY, double valueX, double valueY, boolean drawn) {
	}

	/** A label along the axis of a trend chart. */
	public record Tick(String label, double x, double y) {
	}

	/** Horizontal bars, one per row, label above the bar: fits a narrow screen. */
	static Chart horizontal(List<String> labels, List<Double> values, List<String> texts) {
		double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
		double width = 480;
		double barArea = 400;
		double rowHeight = 34;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			Double value = values.get(i);
			double y = i * rowHeight;
			double w = value == null || max == 0 ? 0 : Math.max(1, value / max * barArea);
			bars.add(new Bar(labels.get(i), texts.get(i), 0, y + 16, round(w), 12, 0, y + 12, round(w + 4), y + 26,
					value != null));
		}
		return new Chart("0 0 " + (int) width + " " + (int) Math.max(rowHeight, labels.size() * rowHeight), bars, List.of());
	}

	/** Vertical bars along time, a tick under January and every few months. */
	static Chart trend(List<String> labels, List<Double> values, List<String> texts) {
		double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
		int n = Math.max(1, labels.size());
		double width = 600;
		double height = 180;
		double top = 10;
		double slot = width / n;
		List<Bar> bars = new ArrayList<>();
		List<Tick> ticks = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(n / 8.0));
		for (int i = 0; i < labels.size(); i++) {
			Double value = values.get(i);
			double h = value == null || max == 0 ? 0 : Math.max(1, value / max * (height - top));
			double x = i * slot + slot * 0.15;
			bars.add(new Bar(labels.get(i), texts.get(i), round(x), round(height - h), round(slot * 0.7), round(h), 0, 0, 0,
					0, value != null));
			if (i % every == 0) {
				ticks.add(new Tick(labels.get(i), round(i * slot + slot / 2), height + 16));
			}
		}
		return new Chart("0 0 " + (int) width + " " + (int) (height + 24), bars, ticks);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
