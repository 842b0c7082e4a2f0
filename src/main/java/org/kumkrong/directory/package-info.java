/**
 * Who does what, where: agencies (police units, prosecution offices, courts, social services, NGOs,
 * hotlines, schools) with their type, province and parent agency; their service points (kind of service,
 * place, provinces covered, phones, hours, languages, who may use them, when last verified); community
 * networks per province with their members and activities; the public help page ({@code /help}) and the
 * staff service map with coverage gaps.
 * <p>
 * Owns tables {@code directory_*}. Publishes no events. Offers {@link org.kumkrong.directory.Agencies} and
 * {@link org.kumkrong.directory.ServicePoints} (the referral picker asks the latter; the directory knows
 * nothing of referrals). Uses reference (agency types, provinces, the province map).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.kumkrong.directory;
