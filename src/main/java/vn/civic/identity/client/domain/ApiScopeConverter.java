package vn.civic.identity.client.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.civic.identity.client.ApiScope;

/** Stores a scope as its public value ({@code org.read}), the name clients and tokens use. */
@Converter
class ApiScopeConverter implements AttributeConverter<ApiScope, String> {

    @Override
    public String convertToDatabaseColumn(ApiScope scope) {
        return scope == null ? null : scope.value();
    }

    @Override
    public ApiScope convertToEntityAttribute(String value) {
        return value == null
                ? null
                : ApiScope.of(value).orElseThrow(() -> new IllegalStateException("Unknown stored scope " + value));
    }
}
