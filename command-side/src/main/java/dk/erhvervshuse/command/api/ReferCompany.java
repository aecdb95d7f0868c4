package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Refer the case's company to a partner (§5.2). The category defaults to the partner's usual one;
 * a private adviser or bank must be named.
 */
public record ReferCompany(@TargetAggregateIdentifier String caseId, String referralId, ReferralPartner partner,
                           PartnerCategory category, String partnerName, LocalDate referredOn) {
}
