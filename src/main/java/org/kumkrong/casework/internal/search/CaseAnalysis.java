package org.kumkrong.casework.internal.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.icu.ICUNormalizer2FilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.TrimFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How case text is split into words. Thai is written without spaces between words, so the standard
 * analyzer would index a whole phrase as one token; ICU's tokenizer splits Thai by dictionary (and every
 * other script by Unicode rules), ICU normalisation folds compatibility forms, and lower-casing makes
 * English case-insensitive. Codes (references, child codes, identifiers) are compared whole, lower-cased.
 */
public class CaseAnalysis implements LuceneAnalysisConfigurer {

	/** Full text in Thai and English. */
	public static final String TEXT = "kumkrong_text";

	/** Whole codes, trimmed and lower-cased. */
	public static final String CODE = "kumkrong_code";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(TEXT).custom()
			.tokenizer(ICUTokenizerFactory.class)
			.tokenFilter(ICUNormalizer2FilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.normalizer(CODE).custom()
			.tokenFilter(TrimFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
	}

}
