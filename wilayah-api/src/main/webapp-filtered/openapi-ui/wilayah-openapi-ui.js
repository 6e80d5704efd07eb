window.ui = SwaggerUIBundle({
    url: new URL('../openapi', window.location.href).toString(),
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout'
});
