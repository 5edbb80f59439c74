# One image for the API and the workers; docker-compose.yml picks the command. It runs the compiled
# JavaScript (npm run build → dist/), not the TypeScript sources.

# Build stage: dev dependencies build the web page and compile the TypeScript.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:web && npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Two glibc malloc arenas for the whole process, not one per thread: a worker's peak RSS 20-30 MB lower (BENCHMARKS.md).
ENV MALLOC_ARENA_MAX=2
COPY package.json package-lock.json ./
# The bundled Meilisearch binary serves `npm start` only; in the image the services talk to the meilisearch container.
RUN npm ci --omit=dev && rm -rf node_modules/@gaubee && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/services/web/dist ./services/web/dist
RUN mkdir -p /data && chown node:node /data
USER node
ENV LARDOM_DATA_DIR=/data HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "dist/services/api/main.js"]
