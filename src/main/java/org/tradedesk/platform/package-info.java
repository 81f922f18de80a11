/**
 * The product shell: page layout and navigation over the four duties, language switching
 * (zh-TW / en) for every label, date and number, friendly error pages and RFC 9457 problem
 * details for the REST API, and the OpenAPI description. Every module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = "shared")
package org.tradedesk.platform;
