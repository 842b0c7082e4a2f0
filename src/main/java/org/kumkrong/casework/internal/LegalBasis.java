package org.kumkrong.casework.internal;

/**
 * The provisions of Thai law a charge is most often brought under in ICT-enabled offences against
 * children; labels in the casework messages ({@code casework.legalBasis.<code>}). {@code OTHER} leaves the
 * provision to the outcome's detail.
 */
public enum LegalBasis {
	/** Penal Code s. 277: sexual intercourse with a child not over fifteen. */
	PENAL_277,
	/** Penal Code s. 279: an indecent act against a child not over fifteen. */
	PENAL_279,
	/** Penal Code s. 282–283: procuring, seducing or taking away for an indecent act. */
	PENAL_282,
	/** Penal Code s. 287/1: possessing child pornography. */
	PENAL_287_1,
	/** Penal Code s. 287/2: producing, importing, distributing or trading child pornography. */
	PENAL_287_2,
	/** Penal Code s. 317: taking away a child under fifteen. */
	PENAL_317,
	/** Penal Code s. 337: extortion (sexual extortion for money). */
	PENAL_337,
	/** Computer-Related Crime Act B.E. 2550 s. 14(4): entering pornographic computer data accessible to the public. */
	CCA_14_4,
	/** Child Protection Act B.E. 2546 s. 26: acts forbidden towards a child. */
	CPA_26,
	/** Anti-Trafficking in Persons Act B.E. 2551 s. 6: trafficking in persons (sexual exploitation). */
	ATIPA_6,
	OTHER
}
