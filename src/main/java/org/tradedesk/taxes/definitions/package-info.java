/** Reads the tax chain definition files ({@code taxes/chains/*.json}) into the engine's domain records. */
package org.tradedesk.taxes.definitions;
