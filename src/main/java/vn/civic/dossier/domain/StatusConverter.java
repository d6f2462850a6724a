package vn.civic.dossier.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.civic.dossier.DossierStatus;

/** Stores a status as its national code. */
@Converter
class StatusConverter implements AttributeConverter<DossierStatus, Integer> {

    @Override
    public Integer convertToDatabaseColumn(DossierStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public DossierStatus convertToEntityAttribute(Integer code) {
        return code == null ? null : DossierStatus.ofCode(code);
    }
}
