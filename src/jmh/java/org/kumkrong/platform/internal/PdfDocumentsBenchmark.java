package org.kumkrong.platform.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kumkrong.platform.PdfComposer;
import org.kumkrong.platform.PdfComposer.Field;
import org.kumkrong.platform.PdfDocuments.Setup;

import org.springframework.context.support.StaticMessageSource;

/**
 * How long a large case summary takes to write as a PDF (Thai shaping included): a case with 20 children,
 * 30 suspects, 200 incidents, 100 outcomes, 100 tasks, 50 notes and 1,000 timeline lines, in Thai, into
 * memory. Runs {@code bench.runs} times after as many warm-up runs and prints the median.
 * <p>
 * {@code ./mvnw -o -Pbench test-compile exec:exec -Dbench.class=org.kumkrong.platform.internal.PdfDocumentsBenchmark}
 */
public class PdfDocumentsBenchmark {

	public static void main(String[] args) {
		int runs = Integer.getInteger("bench.runs", 5);
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("platform.pdf.page", Locale.forLanguageTag("th"), "หน้า {0} จาก");
		OpenPdfDocuments documents = new OpenPdfDocuments(messages);
		for (int i = 0; i < runs; i++) {
			write(documents);
		}
		long[] millis = new long[runs];
		int bytes = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			bytes = write(documents);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("Large case summary PDF: %d bytes, %d pages; %d runs: median %d ms, min %d ms, max %d ms%n", bytes, pages(documents), runs,
				millis[runs / 2], millis[0], millis[runs - 1]);
	}

	static int pages(OpenPdfDocuments documents) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writeTo(documents, out);
		try {
			return new com.lowagie.text.pdf.PdfReader(out.toByteArray()).getNumberOfPages();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static int write(OpenPdfDocuments documents) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writeTo(documents, out);
		return out.size();
	}

	static void writeTo(OpenPdfDocuments documents, ByteArrayOutputStream out) {
		try (PdfComposer pdf = documents.start(out,
				new Setup("สรุปคดี KK-2026-000123", "ลับ — สร้างเมื่อ 28 พ.ย. 2569 10:00 โดย investigator", Locale.forLanguageTag("th")))) {
			pdf.title("สรุปคดี KK-2026-000123");
			pdf.hint("ลับ เอกสารนี้มีข้อมูลเกี่ยวกับเด็กผู้เสียหาย ให้เฉพาะเจ้าหน้าที่ที่ทำงานในคดีนี้เท่านั้น");
			pdf.heading("คดี").fields(List.of(new Field("เลขคดี", "KK-2026-000123"),
					new Field("ชื่อคดี", "ผู้ใหญ่ข่มขู่เด็กผ่านเกมออนไลน์"), new Field("สถานะ", "สอบสวน")));
			List<List<String>> children = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				children.add(List.of("C-7K2M9Q" + i, "13–15 ปี", "หญิง", "เชียงราย", "ต้องการที่พักพิงและคำปรึกษา", "ผู้กระทำยังติดต่อเด็กอยู่"));
			}
			pdf.heading("เด็ก").table(List.of("รหัส", "ช่วงอายุ", "เพศ", "จังหวัด", "ความต้องการ", "ความเสี่ยง"), children);
			pdf.heading("ผู้ต้องสงสัย");
			for (int i = 0; i < 30; i++) {
				pdf.subheading("ผู้ต้องสงสัย " + i).fields(List.of(new Field("ความสัมพันธ์กับเด็ก", "คนแปลกหน้าที่รู้จักทางออนไลน์"),
						new Field("ตัวระบุออนไลน์", "ชื่อผู้ใช้: @dark_uncle" + i + " (LINE)\nอีเมล: uncle" + i + "@example.org")));
			}
			pdf.heading("เหตุการณ์");
			for (int i = 0; i < 200; i++) {
				pdf.subheading("เหตุการณ์ที่ " + (i + 1)).fields(List.of(new Field("วันที่", "25 พ.ย. 2569"),
						new Field("ความผิด", "การแบล็กเมล์ทางเพศต่อเด็ก (เซ็กซ์ทอร์ชัน) (SEXTORTION)"),
						new Field("รายละเอียด", "เด็กได้รับข้อความข่มขู่ผ่าน LINE ว่าจะเผยแพร่ภาพ หากไม่ส่งภาพเพิ่ม ผู้กระทำอ้างว่าเป็นเพื่อนวัยเดียวกัน")));
			}
			List<List<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				outcomes.add(List.of("แจ้งข้อกล่าวหา", "27 พ.ย. 2569", "ประมวลกฎหมายอาญา มาตรา 287/2", "ผู้ต้องสงสัย " + i, "แจ้งข้อกล่าวหาแล้ว"));
			}
			pdf.heading("ผลการดำเนินคดี").table(List.of("ผล", "วันที่", "ฐานความผิด", "เกี่ยวกับ", "รายละเอียด"), outcomes);
			List<List<String>> tasks = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				tasks.add(List.of("สัมภาษณ์เด็กร่วมกับนักสังคมสงเคราะห์ " + i, "5 ธ.ค. 2569", "ยังไม่เสร็จ"));
			}
			pdf.heading("งาน").table(List.of("งาน", "กำหนดเสร็จ", "สถานะ"), tasks);
			pdf.heading("บันทึก");
			for (int i = 0; i < 50; i++) {
				pdf.subheading("ศาลจังหวัดเชียงราย · 28 พ.ย. 2569 · ทุกหน่วยงานในทีมคดี")
					.paragraph("ผู้ปกครองให้ความร่วมมือ เด็กยินยอมให้สัมภาษณ์ที่บ้านพักเด็กและครอบครัว ".repeat(4));
			}
			List<List<String>> timeline = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				timeline.add(List.of("28 พ.ย. 2569 10:" + (i % 60), "เพิ่มเหตุการณ์ SEXTORTION", "สถานีตำรวจภูธรเมืองเชียงราย"));
			}
			pdf.heading("ลำดับเหตุการณ์ของคดี").table(List.of("เมื่อ", "รายการ", "หน่วยงาน"), timeline);
		}
	}

}
