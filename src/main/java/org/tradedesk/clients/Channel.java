package org.tradedesk.clients;

/** How a communication with the client took place. */
public enum Channel { EMAIL, PHONE, MEETING, LETTER }
