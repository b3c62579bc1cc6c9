package com.minerdesk.market;

import java.util.Optional;

/**
 * The production section of a company page (answered by the production feature): the model that
 * its fragment {@code production/company :: section(production)} reads, or empty when the company
 * has no monthly report.
 */
@FunctionalInterface
public interface CompanyProduction {

    Optional<Object> section(Company company);
}
