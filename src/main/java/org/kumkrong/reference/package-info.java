/**
 * Reference lists every module shares, as data rather than code so another country can load its own:
 * provinces (ISO 3166-2:TH) and the province map, the offence taxonomy (with its NCMEC CyberTipline
 * mapping), age bands, sex, agency types (sectors) and platforms. Bilingual labels; administrators edit
 * labels and deactivate entries; codes are stable and never reused.
 * <p>
 * Owns tables {@code reference_*}. Publishes no events. Used by every module; uses platform and audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.kumkrong.reference;
