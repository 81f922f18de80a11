/**
 * Bounds every module puts on what a person or a file may type, as Bean Validation constraints on
 * forms and API records: amounts that fit the NUMERIC(24,6) columns, percentage rates a tariff can
 * really have, dates a calculation or a consent can really bear. One place, so the limits and
 * their messages are the same on every screen and in every API answer.
 */
package org.tradedesk.platform.validation;
