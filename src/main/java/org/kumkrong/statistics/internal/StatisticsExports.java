package org.kumkrong.statistics.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kumkrong.platform.PdfComposer;
import org.kumkrong.platform.PdfDocuments;
import org.kumkrong.statistics.internal.FactCube.Aggregate;

import org.springframework.stereotype.Component;

/**
 * Downloads of a dashboard view (CSV in UTF-8 with a byte-order mark, so Excel shows Thai; XLSX with a sheet per
 * table) and the monthly PDF report for the working group. Every table here is under disclosure control, whoever
 * asks: a download leaves the system.
 */
@Component
public class StatisticsExports {

	private final StatisticsService statistics;

	private final PdfDocuments pdfs;

	StatisticsExports(StatisticsService statistics, PdfDocuments pdfs) {
		this.statistics = statistics;
		this.pdfs = pdfs;
	}

	/** The tables of a (suppressed) dashboard view, each with its title, header and rows of text. */
	List<Block> blocks(DashboardView view, Locale locale) {
		Figures figures = view.figures();
		List<Block> blocks = new ArrayList<>();
		DashboardRequest request = view.request();
		List<List<String>> about = new ArrayList<>();
		about.add(List.of(statistics.message("statistics.filter.from", locale), request.from().toString()));
		about.add(List.of(statistics.message("statistics.filter.to", locale), request.to().toString()));
		request.filters().forEach((dimension, code) -> about.add(List.of(statistics.message(dimension.messageKey(), locale),
				statistics.label(dimension, code, locale))));
		about.add(List.of(statistics.message("statistics.export.note", locale, figures.k()), ""));
		blocks.add(new Block(statistics.message("statistics.dashboard.title", locale), List.of("", ""), about, null));
		List<List<String>> cards = new ArrayList<>();
		for (DashboardView.Card card : view.cards()) {
			cards.add(List.of(card.label(), card.available() ? card.value() : statistics.message("statistics.notAvailable", locale)));
		}
		blocks.add(new Block(statistics.message("statistics.indicators.title", locale),
				List.of(statistics.message("statistics.column.category", locale), statistics.message("statistics.column.count", locale)),
				cards, null));
		if (view.selectedAvailable()) {
			blocks.add(block(view.trend(), view.trendMedians(), null, figures, locale));
			for (DashboardView.Breakdown breakdown : view.breakdowns()) {
				blocks.add(block(breakdown.table(), breakdown.medians(), breakdown.rows(), figures, locale));
			}
		}
		return blocks;
	}

	private Block block(StatTable table, List<String> medians, List<Integer> rows, Figures figures, Locale locale) {
		List<String> header = new ArrayList<>(List.of(statistics.message("statistics.column.category", locale),
				table.columnLabels().get(0)));
		if (medians != null) {
			header.add(statistics.message("statistics.column.median", locale));
		}
		List<List<String>> lines = new ArrayList<>();
		List<StatTable.Cell> cells = new ArrayList<>();
		for (int r : rows == null ? java.util.stream.IntStream.range(0, table.rows()).boxed().toList() : rows) {
			List<String> line = new ArrayList<>(List.of(table.rowLabels().get(r), figures.text(table.cell(r, 0))));
			if (medians != null) {
				line.add(medians.get(r) == null ? figures.withheld() : medians.get(r));
			}
			lines.add(line);
			cells.add(table.cell(r, 0));
		}
		List<String> total = new ArrayList<>(List.of(statistics.message("statistics.total", locale), figures.text(table.grandTotal())));
		if (medians != null) {
			total.add("");
		}
		lines.add(total);
		cells.add(table.grandTotal());
		return new Block(table.title(), header, lines, cells);
	}

	/**
	 * A table of text. {@code cells}, when present, are the published cells of the second column, row by row
	 * (so a spreadsheet can store shown counts as numbers).
	 */
	record Block(String title, List<String> header, List<List<String>> rows, List<StatTable.Cell> cells) {
	}

	void csv(List<Block> blocks, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
		boolean first = true;
		for (Block block : blocks) {
			if (!first) {
				csv.println();
			}
			first = false;
			csv.printRecord(block.title());
			csv.printRecord(block.header());
			for (List<String> row : block.rows()) {
				csv.printRecord(row);
			}
		}
		csv.flush();
	}

	void xlsx(List<Block> blocks, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			XSSFFont font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			List<String> names = new ArrayList<>();
			for (Block block : blocks) {
				String name = WorkbookUtil.createSafeSheetName(block.title());
				String unique = name;
				for (int n = 2; names.contains(unique.toLowerCase(Locale.ROOT)); n++) {
					String suffix = " (" + n + ")";
					unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
				}
				names.add(unique.toLowerCase(Locale.ROOT));
				Sheet sheet = workbook.createSheet(unique);
				Row title = sheet.createRow(0);
				title.createCell(0).setCellValue(block.title());
				title.getCell(0).setCellStyle(bold);
				Row header = sheet.createRow(1);
				for (int c = 0; c < block.header().size(); c++) {
					header.createCell(c).setCellValue(block.header().get(c));
					header.getCell(c).setCellStyle(bold);
				}
				for (int r = 0; r < block.rows().size(); r++) {
					Row row = sheet.createRow(r + 2);
					List<String> values = block.rows().get(r);
					for (int c = 0; c < values.size(); c++) {
						StatTable.Cell cell = c == 1 && block.cells() != null ? block.cells().get(r) : null;
						if (cell != null && cell.shown()) {
							row.createCell(c).setCellValue(cell.value());
						}
						else {
							row.createCell(c).setCellValue(values.get(c));
						}
					}
				}
				sheet.setColumnWidth(0, 60 * 256);
				for (int c = 1; c < block.header().size(); c++) {
					sheet.setColumnWidth(c, 16 * 256);
				}
			}
			workbook.write(out);
		}
	}

	/** The month the monthly report covers by default: the last whole month. */
	YearMonth defaultMonth() {
		return YearMonth.from(statistics.today()).minusMonths(1);
	}

	/**
	 * The working group's monthly report: headline indicators by month of the year so far (each row adds up to
	 * its year-to-date total), a chart of the last twelve months, reports by offence and by province this year.
	 */
	void monthlyPdf(YearMonth month, Locale locale, OutputStream out) {
		Figures figures = statistics.figures(locale);
		int k = statistics.k();
		String monthName = month.atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
		String generated = statistics.today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		LocalDate yearStart = month.atDay(1).withDayOfYear(1);
		LocalDate monthEnd = month.atEndOfMonth();
		try (PdfComposer pdf = pdfs.start(out, new PdfDocuments.Setup(statistics.message("statistics.report.title", locale, monthName),
				statistics.message("statistics.report.footer", locale, generated, k), locale))) {
			pdf.title(statistics.message("statistics.report.title", locale, monthName));
			pdf.hint(statistics.message("statistics.report.note", locale, k));
			// Headline indicators × months of the year so far.
			List<YearMonth> months = StatisticsService.months(yearStart, monthEnd);
			List<Indicator> headline = java.util.Arrays.stream(Indicator.values()).filter(Indicator::headline).toList();
			long[][] counts = new long[headline.size()][months.size()];
			for (int i = 0; i < headline.size(); i++) {
				Aggregate aggregate = statistics.aggregate(yearStart, monthEnd, headline.get(i), null);
				counts[i] = aggregate.byMonth.clone();
			}
			List<String> monthLabels = months.stream().map(m -> String.format("%02d", m.getMonthValue())).toList();
			StatTable table = StatTable.rows(statistics.message("statistics.report.headline", locale),
					headline.stream().map(Indicator::name).toList(), headline.stream().map(i -> statistics.label(i, locale)).toList(),
					monthLabels, counts, k, false);
			pdf.heading(statistics.message("statistics.report.headline", locale));
			List<String> header = new ArrayList<>();
			header.add(statistics.message("statistics.column.category", locale));
			header.addAll(monthLabels);
			header.add(statistics.message("statistics.report.yearToDate", locale));
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r < table.rows(); r++) {
				List<String> row = new ArrayList<>();
				row.add(table.rowLabels().get(r));
				for (StatTable.Cell cell : table.row(r)) {
					row.add(figures.compact(cell));
				}
				row.add(figures.compact(table.rowTotal(r)));
				rows.add(row);
			}
			float[] widths = new float[header.size()];
			java.util.Arrays.fill(widths, 1.2f);
			widths[0] = 5;
			widths[widths.length - 1] = 1.8f;
			pdf.table(header, rows, widths);
			// The last twelve months of reports received, as a chart and its table.
			LocalDate from12 = month.minusMonths(11).atDay(1);
			Aggregate reports = statistics.aggregate(from12, monthEnd, Indicator.REPORTS_RECEIVED, null);
			List<String> labels12 = StatisticsService.months(from12, monthEnd).stream().map(YearMonth::toString).toList();
			StatTable trend = StatTable.list(statistics.label(Indicator.REPORTS_RECEIVED, locale), labels12, labels12,
					statistics.message("statistics.column.count", locale), reports.byMonth, k, false);
			pdf.heading(statistics.message("statistics.trend.title", locale, statistics.label(Indicator.REPORTS_RECEIVED, locale)));
			pdf.image(chart(trend));
			pdf.table(List.of(statistics.message("statistics.dimension.month", locale), statistics.message("statistics.column.count", locale)),
					listRows(trend, figures, locale), 3, 2);
			// This year by offence and by province.
			for (Dimension dimension : List.of(Dimension.OFFENCE, Dimension.PROVINCE)) {
				Aggregate year = statistics.aggregate(yearStart, monthEnd, Indicator.REPORTS_RECEIVED, null);
				List<String> codes = new ArrayList<>(statistics.codes(dimension, statistics.cube()));
				codes.add(null);
				long[] byCode = new long[codes.size()];
				for (int c = 0; c < codes.size(); c++) {
					short id = codes.get(c) == null ? 0 : statistics.cube().id(dimension, codes.get(c));
					if (id >= 0 && id < year.byDimension[dimension.ordinal()].length) {
						byCode[c] = year.byDimension[dimension.ordinal()][id];
					}
				}
				StatTable byDimension = StatTable.list(statistics.message(dimension.messageKey(), locale), codes,
						codes.stream().map(code -> statistics.label(dimension, code, locale)).toList(),
						statistics.message("statistics.column.count", locale), byCode, k, false);
				pdf.heading(statistics.message(dimension == Dimension.OFFENCE ? "statistics.report.byOffence"
						: "statistics.report.byProvince", locale));
				pdf.table(List.of(statistics.message(dimension.messageKey(), locale), statistics.message("statistics.column.count", locale)),
						listRows(byDimension, figures, locale), 5, 1.5f);
			}
		}
	}

	private List<List<String>> listRows(StatTable table, Figures figures, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (int r : table.nonEmptyRows()) {
			rows.add(List.of(table.rowLabels().get(r), figures.text(table.cell(r, 0))));
		}
		rows.add(List.of(statistics.message("statistics.total", locale), figures.text(table.grandTotal())));
		return rows;
	}

	/** A bar chart of a list's published counts (withheld ones have no bar), as PNG, labels in digits only. */
	static byte[] chart(StatTable table) {
		int width = 1000;
		int height = 360;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			long max = 0;
			for (int r = 0; r < table.rows(); r++) {
				Long value = table.cell(r, 0).publishedValue();
				max = Math.max(max, value == null ? 0 : value);
			}
			int n = Math.max(1, table.rows());
			double slot = (width - 40) / (double) n;
			int base = height - 50;
			g.setColor(new Color(0x1f, 0x4e, 0x8c));
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
			for (int r = 0; r < table.rows(); r++) {
				Long value = table.cell(r, 0).publishedValue();
				int x = 20 + (int) (r * slot + slot * 0.15);
				if (value != null && max > 0) {
					int h = (int) Math.max(1, value * (base - 20) / (double) max);
					g.fillRect(x, base - h, (int) (slot * 0.7), h);
					g.setColor(Color.DARK_GRAY);
					g.drawString(String.valueOf(value), x, base - h - 6);
					g.setColor(new Color(0x1f, 0x4e, 0x8c));
				}
				g.setColor(Color.DARK_GRAY);
				g.drawString(table.rowLabels().get(r), x - 8, height - 20);
				g.setColor(new Color(0x1f, 0x4e, 0x8c));
			}
			g.setColor(Color.GRAY);
			g.setStroke(new BasicStroke(2));
			g.drawLine(20, base, width - 20, base);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

}
