package org.tradedesk.taxes.api;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.tradedesk.platform.MessageTextJson;
import org.tradedesk.platform.MessageTexts;

/**
 * Every text of an answer of the tax API (a step's working, where its rate came from, an option's
 * name and requirement, a note) is the engine's message as data — {@code code} and typed {@code args},
 * for machines — with {@code text}: the message rendered in the request's language (Accept-Language,
 * zh-TW or English). Only the answer gets {@code text}; a saved result keeps code and arguments only,
 * so it renders again in any language later.
 */
@ControllerAdvice(assignableTypes = TaxCalculationApiController.class)
class RenderedTexts implements ResponseBodyAdvice<Object> {

    private final MessageTexts texts;

    RenderedTexts(MessageTexts texts) {
        this.texts = texts;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body == null || body instanceof String || body instanceof org.springframework.http.ProblemDetail
                || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            return body;
        }
        return MessageTextJson.rendered(body, org.springframework.context.i18n.LocaleContextHolder.getLocale(), texts);
    }
}
