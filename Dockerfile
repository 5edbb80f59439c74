# One image for the API and the workers; docker-compose.yml picks the command.

# Build stage: dev dependencies are needed only to build the web page.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN if [ -d services/web ]; then npm run build:web; else mkdir -p services/web/dist; fi

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY config ./config
COPY shared ./shared
COPY pipelines ./pipelines
COPY services ./services
COPY --from=build /app/services/web/dist ./services/web/dist
RUN mkdir -p /data && chown node:node /data
USER node
ENV LARDOM_DATA_DIR=/data HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "--import", "tsx", "services/api/main.ts"]
