package fr.iae.conventioning.funding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param minNoticeWorkingDays how many working days ahead a funders' conference must be set, for funders to answer */
@ConfigurationProperties("conventioning.funding")
public record FundingProperties(@DefaultValue("5") int minNoticeWorkingDays) {}
