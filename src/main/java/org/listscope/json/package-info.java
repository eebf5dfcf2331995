/**
 * JSON for the model records, with exactly the contract's field names; one shared, thread-safe
 * {@link com.fasterxml.jackson.databind.ObjectMapper} behind {@link org.listscope.json.Json}.
 */
package org.listscope.json;
