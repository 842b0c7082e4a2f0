package org.kumkrong.intake.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Intake's adjustable limits ({@code kumkrong.intake.*}).
 *
 * @param partnerFileMaxBytes the largest file a partner may upload for a report
 *        ({@code kumkrong.intake.partner-file-max-bytes}, default 100 MB): large enough for the screen
 *        recordings and chat exports platforms send, small enough that one upload cannot fill the disk
 */
@ConfigurationProperties("kumkrong.intake")
public record IntakeSettings(DataSize partnerFileMaxBytes) {

	static final DataSize DEFAULT_PARTNER_FILE_MAX = DataSize.ofMegabytes(100);

	public IntakeSettings {
		if (partnerFileMaxBytes == null || partnerFileMaxBytes.toBytes() <= 0) {
			partnerFileMaxBytes = DEFAULT_PARTNER_FILE_MAX;
		}
	}

}
