package id.wilayah.api.nusantara;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The error body wilayah-nusantara clients parse: {@code {"statusCode":404,"message":"district not found"}}. */
@JsonbPropertyOrder({"statusCode", "message"})
public record StatusMessage(int statusCode, String message) {
}
