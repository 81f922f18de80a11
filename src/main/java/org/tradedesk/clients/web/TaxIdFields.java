package org.tradedesk.clients.web;

/** A form or request that carries a country and a tax id checked against that country's rule. */
interface TaxIdFields {

    String country();

    String taxId();
}
