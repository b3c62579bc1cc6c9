package com.minerdesk.quality;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML validator) run in-process and offline: its schemas come from
 * its own jar, nothing is fetched. One instance checks many documents, one at a time.
 */
public final class NuHtmlChecker {
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
    private final List<String> errors = new ArrayList<>();

    public NuHtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice, not failures
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collect);
            validator.setUpValidatorAndParsers(collect, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker did not start", e);
        }
    }

    /** The checker's errors for one HTML document, as "line:column message". */
    public synchronized List<String> errors(String html) {
        errors.clear();
        InputSource source = new InputSource(new StringReader(html));
        source.setSystemId("page.html");
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException fatal) {
            errors.add(fatal.getLineNumber() + ":" + fatal.getColumnNumber() + " " + fatal.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker failed", e);
        }
        return List.copyOf(errors);
    }
}
