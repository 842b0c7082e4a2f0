package org.kumkrong.intake.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.internal.ReportSubmission;
import org.kumkrong.intake.internal.ReportSubmission.Danger;
import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;

/**
 * A report as a partner platform or hotline sends it, after NCMEC's CyberTipline reporting API: what
 * happened, where online, who was reported, which children, which files. Every field is optional except
 * {@code incidentTypes}; an unknown field is refused (KKE-4007), so a misspelt field never goes unnoticed.
 * Codes come from Kumkrong's lists ({@code OFFENCE}, {@code PLATFORM}, {@code AGE_BAND}, {@code SEX},
 * ISO 3166-2:TH provinces).
 */
@Schema(name = "Report", description = "A report of online child sexual exploitation, as a partner sends it.")
public record PartnerReport(
		@ArraySchema(arraySchema = @Schema(description = "What happened: one or more OFFENCE codes (the first is the main one). Required; at most 20."),
				schema = @Schema(example = "ONLINE_GROOMING")) List<String> incidentTypes,
		@Schema(description = "When it happened (ISO-8601 instant), if known.", example = "2026-03-01T14:30:00Z") Instant incidentTime,
		@Schema(description = "What the partner knows, in its own words (at most 10,000 characters).", maxLength = 10_000) String description,
		@Schema(description = "Whether a child is in imminent danger.") ImminentDanger childInImminentDanger,
		@Schema(description = "The reported person is still in contact with the child (raises priority below imminent danger).") Boolean ongoingContact,
		@Schema(description = "Where the child is, if known.") Location location,
		@ArraySchema(arraySchema = @Schema(description = "Where it happened online (at most 50).")) List<InternetDetail> internetDetails,
		@ArraySchema(arraySchema = @Schema(description = "The people reported (at most 50).")) List<ReportedPerson> reportedPersons,
		@ArraySchema(arraySchema = @Schema(description = "The children concerned (at most 50).")) List<Victim> victims,
		@ArraySchema(arraySchema = @Schema(description = "Files the partner holds, declared by name and hashes (at most 500).")) List<DeclaredFile> files,
		@Schema(description = "The PLATFORM code of the partner's service where it happened.", example = "TIKTOK") String platform,
		@Schema(description = "The partner's own reference for this report (at most 200 characters).", example = "ESP-2026-000451") String reporterReference) {

	/** Whether a child is in danger now, and why the partner thinks so. */
	@Schema(name = "ImminentDanger")
	public record ImminentDanger(@Schema(description = "true: a child is in danger right now (top priority).") Boolean value,
			@Schema(description = "Why (at most 2,000 characters).") String reason) {
	}

	/** Where the child is. */
	@Schema(name = "Location")
	public record Location(@Schema(description = "ISO 3166-1 alpha-2 country.", example = "TH") String country,
			@Schema(description = "ISO 3166-2:TH province (only for country TH).", example = "TH-57") String province) {
	}

	/** A place on the internet. */
	@Schema(name = "InternetDetail")
	public record InternetDetail(
			@Schema(description = "Kind of place.", allowableValues = { "WEB_PAGE", "EMAIL", "CHAT", "ONLINE_GAME", "PHONE",
					"PEER_TO_PEER", "USERNAME" }) String type,
			@Schema(description = "The URL, address, number or name (at most 2,048 characters).", example = "https://example.com/u/groomer") String value,
			@Schema(description = "The app or service (PLATFORM code or name).") String app,
			@Schema(description = "A chat room or game server.") String room) {
	}

	/** A reported person's online identifiers. */
	@Schema(name = "ReportedPerson")
	public record ReportedPerson(List<String> screenNames, List<String> profileUrls, List<String> emails,
			List<String> phones, List<IpCaptureEvent> ipCaptureEvents) {
	}

	/** An IP address the partner captured for a reported person. */
	@Schema(name = "IpCaptureEvent")
	public record IpCaptureEvent(@Schema(example = "198.51.100.7") String ip,
			@Schema(example = "2026-03-01T14:00:00Z") Instant at,
			@Schema(description = "What the person did then (login, upload …).", example = "UPLOAD") String event) {
	}

	/** A child concerned: an exact age or an age band. */
	@Schema(name = "Victim")
	public record Victim(@Schema(minimum = "0", maximum = "120") Integer age,
			@Schema(description = "AGE_BAND code, when the exact age is unknown.", example = "AGE_13_15") String ageBand,
			@Schema(description = "SEX code.", example = "FEMALE") String sex) {
	}

	/** A file the partner holds. */
	@Schema(name = "DeclaredFile")
	public record DeclaredFile(@Schema(description = "File name (at most 255 characters).") String name,
			@Schema(description = "SHA-256, 64 hex digits (required).") String sha256,
			@Schema(description = "MD5, 32 hex digits.") String md5,
			@Schema(description = "PDQ perceptual hash, 64 hex digits.") String pdq,
			@Schema(allowableValues = { "A1", "A2", "B1", "B2", "UNCLASSIFIED" }) String classification,
			@ArraySchema(schema = @Schema(allowableValues = { "SELF_GENERATED", "AI_GENERATED", "LIVE_STREAMING",
					"ANIME_DRAWING", "POTENTIAL_MEME", "VIRAL", "INFANT", "PHYSICAL_HARM", "VIOLENCE_GORE",
					"BESTIALITY" })) List<String> annotations) {
	}

	/** The submission intake checks and stores: channel and reporter PARTNER, the partner from the API key. */
	ReportSubmission toSubmission() {
		return new ReportSubmission(ReportChannel.PARTNER, ReporterKind.PARTNER, null, incidentTypes, List.of(),
				incidentTime, null, danger(), childInImminentDanger == null ? null : childInImminentDanger.reason(),
				location == null ? null : location.country(), location == null ? null : location.province(),
				platform == null ? List.of() : List.of(platform), each(internetDetails, d -> new ReportSubmission.InternetDetail(
						d.type(), d.value(), d.app(), d.room())),
				each(reportedPersons, p -> new ReportSubmission.ReportedPerson(p.screenNames(), p.profileUrls(),
						p.emails(), p.phones(), each(p.ipCaptureEvents(),
								e -> new ReportSubmission.IpEvent(e.ip(), e.at(), e.event())))),
				each(victims, v -> new ReportSubmission.Victim(v.age(), v.ageBand(), v.sex())),
				each(files, f -> new ReportSubmission.DeclaredFile(f.name(), f.sha256(), f.md5(), f.pdq(),
						f.classification(), f.annotations())),
				description, null, reporterReference, List.of());
	}

	private Danger danger() {
		Boolean now = childInImminentDanger == null ? null : childInImminentDanger.value();
		if (Boolean.TRUE.equals(now)) {
			return Danger.NOW;
		}
		if (Boolean.TRUE.equals(ongoingContact)) {
			return Danger.ONGOING;
		}
		return Boolean.FALSE.equals(now) ? Danger.NO : Danger.UNKNOWN;
	}

	/** Maps a list keeping its positions: a {@code null} item stays {@code null}, so the check names it by index. */
	private static <A, B> List<B> each(List<A> items, java.util.function.Function<A, B> map) {
		if (items == null) {
			return List.of();
		}
		return items.stream().map(item -> item == null ? null : map.apply(item)).toList();
	}

}
